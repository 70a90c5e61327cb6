import fc from "fast-check";
import { fillMessage, fillTemplate, slotNames, type Message } from "../../src/core/message";

describe("the one slot helper", () => {
  it("fills each slot in both languages, a message slot in its own language", () => {
    const message: Message = {
      vi: "Ước theo {method} cho {code} năm {year}",
      en: "Estimate of {code} for {year} by {method}",
    };
    const method: Message = { vi: "mùa vụ năm trước", en: "last year's seasonal shape" };
    expect(fillMessage(message, { code: "GTSX", year: 2013, method })).toEqual({
      vi: "Ước theo mùa vụ năm trước cho GTSX năm 2013",
      en: "Estimate of GTSX for 2013 by last year's seasonal shape",
    });
  });

  it("fills every place a slot stands, and leaves a slot it was not given as written", () => {
    expect(fillTemplate("{a} và {a}, {b}", { a: 1 }, "vi")).toBe("1 và 1, {b}");
  });

  it("leaves literal braces that are not slots alone (the template grammar {{CODE.MEASURE}})", () => {
    expect(fillTemplate("Xem {{MÃ.CHỈ_SỐ}} và {{CODE.MEASURE}}: {text}", { text: "x" }, "vi")).toBe(
      "Xem {{MÃ.CHỈ_SỐ}} và {{CODE.MEASURE}}: x",
    );
  });

  it("takes no slot from the object prototype", () => {
    expect(fillTemplate("{constructor} {toString}", {}, "en")).toBe("{constructor} {toString}");
  });

  it("does not read slot syntax or replacement patterns inside a value (a cell's text is put in as typed)", () => {
    expect(fillTemplate('"{text}" ({n})', { text: "{n} $& $1", n: 2 }, "en")).toBe('"{n} $& $1" (2)');
  });

  it("lists a template's slots once each, in order", () => {
    expect(slotNames("{year}: {code} {year} {{X.TT}}")).toEqual(["year", "code"]);
    expect(slotNames("no slot")).toEqual([]);
  });

  it("leaves no slot unfilled when given every slot it names (property)", () => {
    const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,7}$/);
    const piece = fc.oneof(
      name.map((n) => ({ slot: n })),
      fc.stringMatching(/^[^{}]{0,6}$/).map((t) => ({ text: t })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.string({ maxLength: 6 }), (pieces, value) => {
        const template = pieces.map((p) => ("slot" in p ? `{${p.slot}}` : p.text)).join("");
        const slots = Object.fromEntries(slotNames(template).map((n) => [n, value.replace(/[{}]/g, "")]));
        const filled = fillTemplate(template, slots, "vi");
        expect(slotNames(filled)).toEqual([]);
        // A template without slots is given back as it is.
        if (slotNames(template).length === 0) expect(filled).toBe(template);
      }),
    );
  });
});
