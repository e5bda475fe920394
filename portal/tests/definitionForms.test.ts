import "./nodeShim";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { localErrors, type Definition } from "../src/definitionEditing";
import { bindingsOf, carriedMembers, definitionFrom, parsedValue, shownValue, unboundMembers } from "../src/definitionForms";

// Issue 18 §2: no member of a contract needs raw JSON. Each of the five seeds goes into the editor's controls (what each
// input, select, checkbox and list shows) and is rebuilt from nothing but what they show; the result is the seed.
const seeds = process.env.VG_SEEDS!;
const seedFiles = readdirSync(seeds).filter((f) => f.endsWith(".json")).sort();

test("the five seeds are there", () => assert.equal(seedFiles.length, 5));

for (const file of seedFiles) {
  test(`${file}: every member is shown in a form control, and what the controls show gives the seed back exactly`, () => {
    const seed = JSON.parse(readFileSync(join(seeds, file), "utf8")) as Record<string, unknown>;
    const bindings = bindingsOf(seed);
    assert.deepEqual(unboundMembers(seed, bindings), []);
    const carried = Object.fromEntries(carriedMembers.filter((k) => k in seed).map((k) => [k, seed[k]]));
    const rebuilt = definitionFrom(bindings, carried);
    assert.deepEqual(rebuilt, seed);
    // Same members in the same order too: the rebuilt JSON is the seed's text, key for key.
    assert.equal(JSON.stringify(sortKeys(rebuilt)), JSON.stringify(sortKeys(seed)));
  });

  test(`${file}: the editor's own checks find nothing wrong with the seed`, () => {
    const seed = JSON.parse(readFileSync(join(seeds, file), "utf8")) as Definition;
    assert.deepEqual(localErrors(seed), {});
  });
}

test("a member the forms cannot show is reported, not lost", () => {
  const definition = { id: "x-1", penalties: [{ id: "p", article: "第一条", summary: "s", shape: "per-day", stepped: [1, 2] }] };
  assert.deepEqual(unboundMembers(definition, bindingsOf(definition)), ["penalties[0].stepped"]);
});

test("rates are shown as percentages and read back as the same fraction", () => {
  for (const [rate, shown] of [[0.003, "0.3"], [0.0005, "0.05"], [0.001, "0.1"], [0.05, "5"], [1, "100"], [0.00015, "0.015"]] as const) {
    assert.equal(shownValue("percent", rate), shown);
    assert.equal(parsedValue("percent", shown), rate);
  }
  assert.equal(parsedValue("money", "1,475,000.00"), 1475000);
  assert.equal(parsedValue("money", ""), undefined);
  assert.equal(parsedValue("money", "", true), null);
  assert.deepEqual(parsedValue("lines", "甲\n\n 乙 \n"), ["甲", "乙"]);
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
}

test("line items that do not add up to the total, or a priced line whose amount is not people × months × unit price, are named at their field", () => {
  const definition = {
    id: "c9-line-items", title: "运维", institution: { id: "h-1", name: "医院" }, vendor: { id: "v-1", name: "公司" },
    term: { start: "2026-01-01", end: "2026-12-31" }, total: 300000,
    lineItems: [
      { id: "1", name: "驻场运维", people: 2, months: 12, unitPrice: 10000, amount: 240000 },
      { id: "2", name: "应急保障", people: 1, months: 6, unitPrice: 10000, amount: 50000 },
    ],
  } as unknown as Definition;
  assert.deepEqual(localErrors(definition), {
    lineItems: "分项金额合计 ¥290,000.00 与合同总额 ¥300,000.00 不一致",
    "lineItems[1].amount": "第 2 项：人数 × 月数 × 单价 = ¥60,000.00，与金额 ¥50,000.00 不一致",
  });
  definition.lineItems![1].amount = 60000;
  assert.deepEqual(localErrors(definition), {});
  // A sum in floating point (0.1 + 0.2) is compared in cents.
  definition.total = 0.3;
  definition.lineItems = [{ id: "a", name: "a", amount: 0.1 }, { id: "b", name: "b", amount: 0.2 }];
  assert.deepEqual(localErrors(definition), {});
});

test("every label and choice of the forms has its English", async () => {
  const { definitionForm } = await import("../src/definitionForms");
  const { t } = await import("../src/i18n");
  const missing: string[] = [];
  const walk = (nodes: import("../src/definitionForms").FormNode[]) => {
    for (const node of nodes) {
      for (const text of [node.label, node.hint, ...("options" in node ? node.options.map(([, l]) => l) : [])])
        if (text && t(text, "en") === text) missing.push(text);
      if (node.kind === "group") walk(node.fields);
      if (node.kind === "list") walk(node.item);
      if (node.kind === "either") walk(node.choices);
    }
  };
  walk(definitionForm);
  assert.deepEqual([...new Set(missing)], []);
});

test("the line items' rule is checked while another field is still missing (a fresh draft has no id)", () => {
  const draft = {
    institution: { name: "医院" }, vendor: { name: "公司" }, term: {}, total: 100,
    lineItems: [{ id: "1", name: "a", amount: 60 }, { id: "2", name: "b", amount: 30 }],
  } as unknown as Definition;
  const errors = localErrors(draft);
  assert.equal(errors.lineItems, "分项金额合计 ¥90.00 与合同总额 ¥100.00 不一致");
  assert.equal(errors.id, "请填写合同编号");
});
