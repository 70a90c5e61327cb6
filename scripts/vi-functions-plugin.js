/**
 * A webpack plugin that writes functions.vi.json: the functions.json made by
 * custom-functions-metadata-plugin with the Vietnamese descriptions of src/functions/help.vi.json laid
 * over it (Excel's localized custom-function metadata; the manifest's vi-VN Override points at it).
 * Ids, function names, types and options are left exactly as generated; the descriptions change, and
 * each parameter's display name becomes the Vietnamese one of help.vi.json ("names": current ->
 * "kỳ_này"). Excel shows that name while typing a formula and never stores it in a workbook (arguments
 * are positional), so it may be localized: Microsoft's "Custom functions naming and localization",
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming; the function ids and
 * names, which workbooks do store, never change (docs/functions.md).
 * A function or parameter without Vietnamese help keeps its English text and gives a build warning.
 *
 * It also sets "allowErrorForDataTypeAny": true on both files, so an error cell inside a range
 * reaches the functions as a CustomFunctions.Error and passes through in that one cell of the spill.
 * Microsoft documents that flag for hand-written JSON only: the JSDoc generator never emits it.
 */
"use strict";
const fs = require("fs");
const { Compilation, sources, WebpackError } = require("webpack");

const NAME = "ViFunctionsPlugin";
/** A parameter display name: letters (any script), digits and underscores, starting with a letter. */
const PARAMETER_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

/**
 * functions.json's object with Vietnamese help laid over it.
 * @returns {{ json: object, missing: string[] }} the localized metadata and what had no Vietnamese text
 */
function overlay(metadata, help) {
  const missing = [];
  const json = withErrorInputs(metadata);
  for (const fn of json.functions || []) {
    const vi = help[fn.id];
    if (!vi || typeof vi.description !== "string" || !vi.description) missing.push(fn.id);
    else fn.description = vi.description;
    for (const p of fn.parameters || []) {
      const text = vi && vi.parameters ? vi.parameters[p.name] : undefined;
      const name = vi && vi.names ? vi.names[p.name] : undefined;
      if (typeof text !== "string" || !text) missing.push(`${fn.id}.${p.name}`);
      else p.description = text;
      if (typeof name !== "string" || !PARAMETER_NAME.test(name)) missing.push(`${fn.id}.${p.name} (name)`);
      else p.name = name;
    }
  }
  return { json, missing };
}

/** A copy of the metadata with error values allowed into `any` parameters. */
function withErrorInputs(metadata) {
  return { allowErrorForDataTypeAny: true, ...JSON.parse(JSON.stringify(metadata)) };
}

class ViFunctionsPlugin {
  /** @param {{ source: string, output: string, help: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, output, help } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(help);
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(source);
        if (!asset) return; // the metadata plugin reported its own error
        let helpJson;
        try {
          helpJson = JSON.parse(fs.readFileSync(help, "utf8"));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${NAME}: cannot read ${help}: ${e.message}`));
          return;
        }
        const generated = JSON.parse(asset.source.source().toString());
        compilation.updateAsset(source, new sources.RawSource(JSON.stringify(withErrorInputs(generated), null, 4)));
        const { json, missing } = overlay(generated, helpJson);
        if (missing.length) {
          compilation.warnings.push(
            new WebpackError(`${NAME}: no Vietnamese help in ${help} for: ${missing.join(", ")}`),
          );
        }
        compilation.emitAsset(output, new sources.RawSource(JSON.stringify(json, null, 2) + "\n"));
      });
    });
  }
}

module.exports = { ViFunctionsPlugin, overlay, withErrorInputs };
