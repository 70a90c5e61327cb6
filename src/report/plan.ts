/** Plans as officers type them: the one parser lives in the core, shared with CT.PLANPCT. */
export { parsePlanText, planFigure, planNumber } from "../core/planTarget";
