/** Every layout in tests/layouts rebuilt from a real published table, in one shape. */
import { maidstoneAnnual, maidstoneCollection } from "./collectionLayouts";
import { fromPeriod, fromReal } from "./headingVariants";
import {
  darlingtonYearless,
  maidstoneCalendarQuarters,
  maidstoneProfiled,
  rotherhamMonthly,
  rotherhamMonthlyTwoRow,
} from "./periodLayouts";
import { PUBLISHED_LAYOUTS, type PublishedLayout } from "./publishedLayouts";
import { REAL_LAYOUTS } from "./realLayouts";

export const ALL_REAL_LAYOUTS: PublishedLayout[] = [
  ...REAL_LAYOUTS.map(fromReal),
  ...[
    rotherhamMonthly(),
    rotherhamMonthlyTwoRow(),
    maidstoneCalendarQuarters(),
    maidstoneProfiled(),
    darlingtonYearless(),
    maidstoneAnnual(),
    maidstoneCollection(),
  ].map(fromPeriod),
  ...PUBLISHED_LAYOUTS,
];
