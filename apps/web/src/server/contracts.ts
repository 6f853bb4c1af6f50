/**
 * Every API operation's contract, in one list: the OpenAPI document is built from it, and a test
 * (test/contracts.test.ts) checks it holds exactly the contract.ts files beside the route handlers.
 */
import * as health from "../app/api/health/contract";
import * as healthLive from "../app/api/health/live/contract";
import * as asOf from "../app/api/v1/as-of/contract";
import * as auditCheckpoints from "../app/api/v1/audit/checkpoints/contract";
import * as auditEvent from "../app/api/v1/audit/events/[seq]/contract";
import * as auditEvents from "../app/api/v1/audit/events/contract";
import * as auditExport from "../app/api/v1/audit/export/contract";
import * as auditPublicKey from "../app/api/v1/audit/public-key/contract";
import * as auditVerification from "../app/api/v1/audit/verification/contract";
import * as auditVerify from "../app/api/v1/audit/verify/contract";
import * as inventoryCsv from "../app/api/v1/inventory.csv/contract";
import * as me from "../app/api/v1/me/contract";
import * as alias from "../app/api/v1/models/[team]/[name]/aliases/[alias]/contract";
import * as aliasProtection from "../app/api/v1/models/[team]/[name]/aliases/[alias]/protection/contract";
import * as aliases from "../app/api/v1/models/[team]/[name]/aliases/contract";
import * as archive from "../app/api/v1/models/[team]/[name]/archive/contract";
import * as compare from "../app/api/v1/models/[team]/[name]/compare/contract";
import * as model from "../app/api/v1/models/[team]/[name]/contract";
import * as metricAcrossVersions from "../app/api/v1/models/[team]/[name]/metrics/[key]/versions/contract";
import * as onlineMetrics from "../app/api/v1/models/[team]/[name]/online-metrics/contract";
import * as timeline from "../app/api/v1/models/[team]/[name]/timeline/contract";
import * as artifact from "../app/api/v1/models/[team]/[name]/versions/[version]/artifacts/[...path]/contract";
import * as version from "../app/api/v1/models/[team]/[name]/versions/[version]/contract";
import * as versionMetrics from "../app/api/v1/models/[team]/[name]/versions/[version]/metrics/contract";
import * as transitions from "../app/api/v1/models/[team]/[name]/versions/[version]/transitions/contract";
import * as versions from "../app/api/v1/models/[team]/[name]/versions/contract";
import * as models from "../app/api/v1/models/contract";
import * as openapiJson from "../app/api/v1/openapi.json/contract";
import * as requestCancel from "../app/api/v1/requests/[id]/cancel/contract";
import * as request from "../app/api/v1/requests/[id]/contract";
import * as requests from "../app/api/v1/requests/contract";
import * as resolve from "../app/api/v1/resolve/contract";
import * as metricDefinition from "../app/api/v1/teams/[team]/metric-definitions/[key]/contract";
import * as metricDefinitions from "../app/api/v1/teams/[team]/metric-definitions/contract";
import * as webhook from "../app/api/v1/teams/[team]/webhooks/[id]/contract";
import * as webhookDeliveries from "../app/api/v1/teams/[team]/webhooks/[id]/deliveries/contract";
import * as webhookEvent from "../app/api/v1/teams/[team]/webhooks/[id]/events/[eventId]/contract";
import * as webhookRedeliver from "../app/api/v1/teams/[team]/webhooks/[id]/redeliver/contract";
import * as webhookRotateSecret from "../app/api/v1/teams/[team]/webhooks/[id]/rotate-secret/contract";
import * as webhookTest from "../app/api/v1/teams/[team]/webhooks/[id]/test/contract";
import * as webhooks from "../app/api/v1/teams/[team]/webhooks/contract";
import type { Contract } from "./contract";

const modules: Record<string, Contract>[] = [
  health,
  healthLive,
  me,
  openapiJson,
  models,
  model,
  archive,
  versions,
  version,
  artifact,
  versionMetrics,
  transitions,
  aliases,
  alias,
  aliasProtection,
  compare,
  onlineMetrics,
  metricAcrossVersions,
  timeline,
  resolve,
  asOf,
  inventoryCsv,
  requests,
  request,
  requestCancel,
  auditCheckpoints,
  auditEvents,
  auditEvent,
  auditExport,
  auditPublicKey,
  auditVerification,
  auditVerify,
  metricDefinitions,
  metricDefinition,
  webhooks,
  webhook,
  webhookDeliveries,
  webhookEvent,
  webhookRedeliver,
  webhookRotateSecret,
  webhookTest,
];

export const contracts: Contract[] = modules.flatMap((m) => Object.values(m));
