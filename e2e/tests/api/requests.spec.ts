import { ModelgateApiError } from "@modelgate/client";
import { expect, test } from "@playwright/test";
import { signIn, uniqueName } from "./session";

test("transition requests over the API: request, list, read, cancel; reviewers decide only in the app", async ({
  browser,
}) => {
  const contributor = await signIn(browser, "contributor");
  const mg = contributor.client();
  const name = uniqueName("api-req");
  await mg.models.create({ team: "fraud", name, modelCard: "# Card" });
  await mg.versions.register(`fraud/${name}`, { lineage: { datasetName: "tx", datasetVersion: "1" } });

  const req = await mg.requests.create(`fraud/${name}/1`, { toStage: "staging", reason: "from CI" });
  expect(req).toMatchObject({
    model: `fraud/${name}`,
    version: 1,
    kind: "stage",
    fromStage: "none",
    toStage: "staging",
    status: "pending",
  });
  expect((await mg.requests.list("mine")).map((r) => r.id)).toContain(req.id);
  expect(await mg.requests.get(req.id)).toMatchObject({
    id: req.id,
    decisions: [],
    gates: [],
    gatesAtRequest: [],
  });

  // An illegal transition is a clear 409; a duplicate open request too.
  const illegal = await mg.requests
    .create(`fraud/${name}/1`, { toStage: "production", reason: "skip" })
    .catch((e) => e);
  expect(illegal).toBeInstanceOf(ModelgateApiError);
  expect(illegal).toMatchObject({ status: 409, code: "invalid_transition" });
  const dup = await mg.requests
    .create(`fraud/${name}/1`, { toStage: "staging", reason: "again" })
    .catch((e) => e);
  expect(dup).toMatchObject({ status: 409 });

  // A viewer of another team cannot even see it.
  const viewer = await signIn(browser, "viewer");
  const hidden = await viewer
    .client()
    .requests.get(req.id)
    .catch((e) => e);
  expect(hidden).toMatchObject({ status: 404, code: "not_found" });

  expect(await mg.requests.cancel(req.id, "changed my mind")).toEqual({
    requestId: req.id,
    status: "cancelled",
  });
  expect((await mg.requests.get(req.id)).status).toBe("cancelled");
  await contributor.context.close();
  await viewer.context.close();
});
