import { configure } from "@testing-library/dom";

// findBy* waits for lazy chunks and re-renders; on a busy two-core CI machine one second is not
// enough, and a timeout here would report a behaviour that is in fact present.
configure({ asyncUtilTimeout: 15_000 });
