// Validates every object of a multi-document YAML file against the Kubernetes API's schemas of the
// version kubernetes-models is generated from (and the Prometheus Operator's, for its resources):
// offline, with no cluster. One line per object; exits 1 if any is invalid or of a kind it has no
// schema for.   Usage: node validate-manifests.mjs rendered.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const CRD_PACKAGES = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

const objects = parseAllDocuments(readFileSync(process.argv[2], "utf8"))
  .map((document) => document.toJS())
  .filter((object) => object != null);
let failures = 0;
for (const object of objects) {
  const { apiVersion = "", kind = "" } = object;
  const name = `${kind}/${object.metadata?.name ?? "?"}`;
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const module = `${CRD_PACKAGES[group] ?? "kubernetes-models"}/${apiVersion}/${kind}`;
  let Model;
  try {
    Model = (await import(module))[kind];
  } catch (missing) {
    console.log(`no schema: ${name} (${apiVersion}): ${missing.message}`);
    failures++;
    continue;
  }
  try {
    new Model(object).validate();
    console.log(`valid: ${name} (${apiVersion})`);
  } catch (invalid) {
    console.log(`invalid: ${name} (${apiVersion}): ${invalid.message}`);
    failures++;
  }
}
console.log(`${objects.length} objects, ${failures} failed`);
process.exit(failures === 0 && objects.length > 0 ? 0 : 1);
