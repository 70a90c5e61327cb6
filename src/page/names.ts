/** The names of the files the page offers: the command's own rule (src/report/document/fileNames.ts). */
export { docxName, reportFileName, uniqueName } from "../report/document/fileNames";
