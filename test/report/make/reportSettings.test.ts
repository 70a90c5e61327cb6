/** The percent decimals setting (issue 9 point 7) saved with the report options and carried into the request. */
import { normalizeSettings, requestFromSettings, DEFAULT_SETTINGS } from "../../../src/report/make/reportSettings";
import { resolveOptions } from "../../../src/report/make/request";
import { readDataset } from "../../../src/report/read/reader";
import { SAMPLE_SHEET_NAME, sampleValues } from "../../../src/report/read/sample";

describe("the percent decimals setting", () => {
  it.each([
    [{ percentDecimals: 2 }, 2],
    [{ percentDecimals: 1 }, undefined],
    [{ percentDecimals: 3 }, undefined],
    [{ percentDecimals: "2" }, undefined],
    [{}, undefined],
  ])("loads a stored %j as %p (absent is 1)", (stored, want) => {
    expect(normalizeSettings(stored).percentDecimals).toBe(want);
  });

  it("goes from the saved settings to the report's options", () => {
    const data = readDataset([{ sheet: SAMPLE_SHEET_NAME, values: sampleValues() }]);
    const req = requestFromSettings({ ...DEFAULT_SETTINGS, percentDecimals: 2 }, "vi");
    expect(req.percentDecimals).toBe(2);
    expect(resolveOptions(data, req)).toMatchObject({ percentDecimals: 2 });
    expect(resolveOptions(data, { lang: "vi" })).not.toHaveProperty("percentDecimals");
  });
});
