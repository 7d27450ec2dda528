// The Timeline view: the rows of a result with a date or a period on a time axis (timeline.js
// says what, timechart.js draws it). Offered for a SELECT result with a time in some row; drawn
// again once the IRIs are described (for the labels).

import { colourColumns, timeColumns, timelineData } from "../timeline.js";
import { drawTimeline } from "../timechart.js";

/** The value of the link's "colour" for one colour. */
const ONE = "none";

/** The colour column of a result: the one in the link ("colour"), else the first whose values repeat. */
function colourOf(result, columns, ctx) {
  const options = colourColumns(result.vars, result.rows, columns, ctx.labelOf);
  const asked = ctx.option ? ctx.option("colour") : null;
  const want = asked === null ? options[0] || null : asked;
  return { options, colour: options.includes(want) ? want : null };
}

export const timelineView = {
  id: "timeline",
  label: "Timeline",
  options: ["colour"],
  accepts: (result) => result.kind === "select" && !!timeColumns(result.vars, result.rows),
  render(panel, result, ctx) {
    const columns = timeColumns(result.vars, result.rows);
    const { options, colour } = colourOf(result, columns, ctx);
    const data = timelineData(result.vars, result.rows, { labelOf: ctx.labelOf, href: ctx.iris.href, colour });
    if (!data) {
      panel.textContent = "No row has a date that can be drawn.";
      return;
    }
    drawTimeline(panel, data, {
      colours: {
        columns: options,
        chosen: colour,
        onChoose: (c) => {
          ctx.setOption("colour", c || ONE);
          timelineView.render(panel, result, ctx);
          const select = panel.querySelector("#tl-colour");
          if (select) select.focus();
        },
      },
    });
  },
};
