/** The names of the files the page offers: the command's own rule (src/report/fileNames.ts). */
export { docxName, reportFileName, uniqueName } from "../report/fileNames";
