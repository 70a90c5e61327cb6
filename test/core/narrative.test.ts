import fc from "fast-check";
import { runs } from "../setup/runs";
import { priceSentence, sentence, spoken, type SentenceInput } from "../../src/core/narrative";

const base: SentenceInput = { name: "giá trị sản xuất công nghiệp", value: 21000, unit: "tỷ đồng", lang: "vi" };

describe("sentence", () => {
  it("writes the seed's sentence to the word", () => {
    expect(sentence({ ...base, value: 21000, previous: 21000 / 1.052, plan: 21000 / 0.61, estimated: true })).toBe(
      "Giá trị sản xuất công nghiệp ước đạt 21.000 tỷ đồng, tăng 5,2% so với cùng kỳ, đạt 61% kế hoạch năm.",
    );
  });

  it.each([
    [{ previous: 22000 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, giảm 4,5% so với cùng kỳ."],
    [{ previous: 21000 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, bằng cùng kỳ."],
    [{ plan: 20000 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, vượt 5% kế hoạch năm."],
    [{ plan: 21000 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, đạt 100% kế hoạch năm."],
    [{ plan: 0 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng."],
    [{ previous: 0 }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng."],
    [{ previous: null, plan: null }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng."],
    [{ plan: 25000, budget: true }, "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, đạt 84% dự toán năm."],
    [
      { plan: 25000, lowerIsBetter: true },
      "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng, đạt kế hoạch năm (không quá 25.000).",
    ],
    [{ value: 119.6, unit: "triệu USD" }, "Giá trị sản xuất công nghiệp đạt 119,6 triệu USD."],
    [{ value: 98.3, unit: "%" }, "Giá trị sản xuất công nghiệp đạt 98,3%."],
  ])("writes %p as %p", (extra, text) => {
    expect(sentence({ ...base, ...extra })).toBe(text);
  });

  it("speaks as officers do in approx style", () => {
    expect(
      sentence({
        ...base,
        name: "giá trị xuất khẩu",
        value: 119.6,
        unit: "triệu USD",
        previous: 101.1,
        plan: 160.5,
        style: "approx",
        estimated: true,
      }),
    ).toBe("Giá trị xuất khẩu ước đạt gần 120 triệu USD, tăng hơn 18% so với cùng kỳ, đạt 74,5% kế hoạch năm.");
  });

  it("writes English", () => {
    expect(
      sentence({
        ...base,
        name: "Industrial production value",
        unit: "billion VND",
        lang: "en",
        previous: 21000 / 1.052,
        plan: 34540,
        style: "approx",
        estimated: true,
      }),
    ).toBe(
      "Industrial production value: an estimated 21,000 billion VND, up 5.2% year on year, nearly 61% of the annual plan.",
    );
    expect(sentence({ ...base, name: "Imports", lang: "en", previous: 22000, plan: 20000 })).toBe(
      "Imports: 21,000 tỷ đồng, down 4.5% year on year, exceeding the annual plan by 5%.",
    );
  });

  it("says there is no figure rather than printing NaN", () => {
    expect(sentence({ ...base, value: NaN })).toBe("Giá trị sản xuất công nghiệp: chưa có số liệu.");
  });

  it("never throws and never prints NaN or Infinity", () => {
    const num = fc.oneof(fc.double(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.double(),
        num,
        num,
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom("exact" as const, "approx" as const),
        fc.boolean(),
        (value, previous, plan, lang, style, lower) => {
          const s = sentence({ name: "x", value, unit: "tấn", previous, plan, lang, style, lowerIsBetter: lower });
          expect(s).not.toMatch(/NaN|Infinity|undefined/);
          expect(s.endsWith(".")).toBe(true);
        },
      ),
      runs(10000),
    );
  });
});

describe("the change on a base that is not positive (CT.GROWTH's rule)", () => {
  const loss: SentenceInput = { name: "lợi nhuận", value: -5, unit: "tỷ đồng", lang: "vi" };
  it.each([
    [-5, -10, "vi", "Lợi nhuận đạt -5 tỷ đồng, tăng 50% so với cùng kỳ."],
    [-15, -10, "vi", "Lợi nhuận đạt -15 tỷ đồng, giảm 50% so với cùng kỳ."],
    [5, -10, "vi", "Lợi nhuận đạt 5 tỷ đồng, tăng 150% so với cùng kỳ."],
    [-10, -10, "vi", "Lợi nhuận đạt -10 tỷ đồng, bằng cùng kỳ."],
    [-5, -10, "en", "Lợi nhuận: -5 tỷ đồng, up 50% year on year."],
    [-15, -10, "en", "Lợi nhuận: -15 tỷ đồng, down 50% year on year."],
  ] as const)("a negative base: %p after %p (%s) reads by the sign of the growth", (value, previous, lang, text) => {
    expect(sentence({ ...loss, value, previous, lang })).toBe(text);
  });

  it.each([
    [21000, "vi", "Giá trị sản xuất công nghiệp đạt 21.000 tỷ đồng."],
    [-5, "vi", "Giá trị sản xuất công nghiệp đạt -5 tỷ đồng."],
    [21000, "en", "Giá trị sản xuất công nghiệp: 21,000 tỷ đồng."],
  ] as const)("a zero base says nothing about the change (%p, %s)", (value, lang, text) => {
    expect(sentence({ ...base, value, previous: 0, lang })).toBe(text);
  });

  it("says rise or fall by the sign of growth() for every negative base", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: -1e-3, noNaN: true }),
        (value, previous) => {
          const s = sentence({ ...loss, value, previous });
          const g = ((value - previous) / Math.abs(previous)) * 100;
          if (Math.abs(g) >= 0.05) expect(s).toMatch(g > 0 ? /, tăng / : /, giảm /);
        },
      ),
      runs(2000),
    );
  });
});

describe("spoken figures", () => {
  it.each([
    [60.8, 1, "approx", "gần 61"],
    [18.3, 1, "approx", "hơn 18"],
    [74.5, 1, "approx", "74,5"],
    [5.2, 1, "approx", "5,2"],
    [6.4, 1, "approx", "6,4"],
    [82.5, 1, "approx", "82,5"],
    [2195, 0, "approx", "2.195"],
    [2195.6, 0, "approx", "gần 2.200"],
    [119.6, 1, "approx", "gần 120"],
    [21000, 0, "approx", "21.000"],
    [12345, 0, "approx", "12.345"],
    [60.8, 1, "exact", "60,8"],
  ] as const)("says %p as %p (%s)", (x, d, style, text) => {
    expect(spoken(x, d, "vi", style)).toBe(text);
  });

  it("hedges only within 2% of the round figure, and never the wrong way", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e6, noNaN: true }), (x) => {
        const s = spoken(x, 1, "en", "approx");
        const n = Number(
          s
            .replace(/^(nearly|more than) /, "")
            .split(",")
            .join(""),
        );
        expect(Math.abs(n - x)).toBeLessThanOrEqual(0.02 * n + 0.05 + 1e-9);
        if (s.startsWith("nearly")) expect(x).toBeLessThan(n);
        if (s.startsWith("more than")) expect(x).toBeGreaterThan(n);
      }),
      runs(10000),
    );
  });
});

describe("priceSentence", () => {
  it("names every base of the consumer price index, and the average in the office's own sentence", () => {
    expect(
      priceSentence({
        name: "chỉ số giá tiêu dùng (CPI)",
        month: 9,
        year: 2013,
        lang: "vi",
        onPreviousMonth: 161.45 / 161.1,
        onSameMonth: 161.45 / 150,
        onDecember: 161.45 / 152.4,
        averageOnSamePeriod: 1.0684,
      }),
    ).toBe(
      "Chỉ số giá tiêu dùng (CPI) tháng 9/2013 tăng 0,22% so với tháng trước, tăng 5,94% so với tháng 12 năm trước và tăng 7,63% so với cùng tháng năm trước. Bình quân 9 tháng năm 2013, CPI tăng 6,84% so với cùng kỳ năm trước.",
    );
  });

  it("in December states the same month once, and the year's average against the previous year", () => {
    // GSO, December 2023: "CPI tháng 12/2023 tăng 0,12% so với tháng trước … So với cùng kỳ năm trước, CPI
    // tháng 12 tăng 3,58%" and "CPI bình quân năm 2023 tăng 3,25% so với năm 2022"
    // (https://nguoiquansat.vn/cpi-nam-2023-tang-thap-3-25-dat-muc-tieu-quoc-hoi-de-ra-107427.html).
    const s = priceSentence({
      name: "Chỉ số giá tiêu dùng (CPI)",
      month: 12,
      year: 2023,
      lang: "vi",
      onPreviousMonth: 1.0012,
      onDecember: 1.0358,
      onSameMonth: 1.0358,
      averageOnSamePeriod: 1.0325,
    });
    expect(s.match(/3,58%/g)).toHaveLength(1);
    expect(s).not.toContain("tháng 12 năm trước");
    expect(s).toMatch(/ CPI bình quân năm 2023 tăng 3,25% so với năm 2022\.$/);
  });

  it("says a fall and no change, and leaves out unknown bases", () => {
    expect(
      priceSentence({ name: "CPI", month: 3, year: 2013, lang: "vi", onPreviousMonth: 0.998, onSameMonth: 1 }),
    ).toBe("CPI tháng 3/2013 giảm 0,2% so với tháng trước và bằng cùng tháng năm trước.");
    expect(priceSentence({ name: "CPI", month: 3, year: 2013, lang: "en", onPreviousMonth: 1.0022 })).toBe(
      "CPI in March 2013 was up 0.22% on the previous month.",
    );
  });
});
