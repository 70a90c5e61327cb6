/** The shortest raw-data header the reader takes (Mã, Chỉ tiêu, ĐVT, Loại, Năm, Kế hoạch, T1…T12), for hand-made rows. */
export const RAW_HEADER = [
  "Mã",
  "Chỉ tiêu",
  "ĐVT",
  "Loại",
  "Năm",
  "Kế hoạch",
  ...Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
];
