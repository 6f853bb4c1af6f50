/**
 * Collects the callables a scan finds: classified once, deduplicated per file and callable (first
 * opcode and offset kept, occurrences and call sites counted), bounded by `maxFindings`. The
 * verdict counters keep counting past the bound, so a flood of imports cannot hide a dangerous one.
 */
import type { Classification, CompiledScanPolicy } from "./classification";
import type { CallSite, Finding, FindingOpcode } from "./types";

const MAX_CALL_SITES = 8;

/** A handle on a finding (or on a counter when the finding was past the bound). */
export interface FindingRef {
  finding: Finding | null;
  verdict: Finding["verdict"];
  callable: string;
}

export class FindingCollector {
  readonly findings: Finding[] = [];
  truncated = false;
  dangerous = 0;
  unknown = 0;
  safe = 0;
  private readonly byKey = new Map<string, FindingRef>();

  constructor(
    readonly policy: CompiledScanPolicy,
    private readonly maxFindings: number,
  ) {}

  /** An imported callable (`GLOBAL`, `STACK_GLOBAL`, `INST`, `EXT*`), classified by the policy unless `forced`. */
  importCallable(
    file: string | undefined,
    module: string,
    name: string,
    opcode: FindingOpcode,
    offset: number,
    forced?: Classification,
  ): FindingRef {
    const c = forced ?? this.policy.classify(module, name);
    const callable = module || name ? `${module}.${name}` : "<computed>";
    const key = `${file ?? ""}\u0000${callable}\u0000${forced ? c.reason : ""}`;
    const known = this.byKey.get(key);
    if (known) {
      if (known.finding) known.finding.occurrences++;
      return known;
    }
    if (c.verdict === "dangerous") this.dangerous++;
    else if (c.verdict === "unknown") this.unknown++;
    else this.safe++;
    let finding: Finding | null = null;
    if (this.findings.length < this.maxFindings) {
      finding = {
        ...(file !== undefined ? { file } : {}),
        callable,
        module,
        name,
        opcode,
        offset,
        verdict: c.verdict,
        reason: c.reason,
        ...(c.rule ? { rule: c.rule } : {}),
        occurrences: 1,
        calls: [],
        callCount: 0,
      };
      this.findings.push(finding);
    } else {
      this.truncated = true;
    }
    const ref: FindingRef = { finding, verdict: c.verdict, callable };
    if (this.byKey.size < this.maxFindings * 4) this.byKey.set(key, ref);
    return ref;
  }

  /** A call site of an imported callable. */
  call(ref: FindingRef, opcode: CallSite["opcode"], offset: number): void {
    const f = ref.finding;
    if (!f) return;
    f.callCount++;
    if (f.calls.length < MAX_CALL_SITES) f.calls.push({ opcode, offset });
  }
}
