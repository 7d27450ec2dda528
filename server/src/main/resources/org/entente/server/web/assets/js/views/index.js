// The views of a result, in the order of their tabs. Each is {id, label, accepts(result, ctx),
// render(panel, result, ctx)}: accepts is asked when a result comes and again once its IRIs are
// described (result.info); render draws into the view's panel when the view is shown. A new view is
// one more module here.

import { tableView } from "./table.js";
import { mapView } from "./map.js";
import { textView } from "./text.js";
import { timelineView } from "./timeline.js";
import { graphView } from "./graph.js";

export const VIEWS = Object.freeze([tableView, mapView, timelineView, textView, graphView]);
