/**
 * Every field of a stored activity that placing and the quick validity check read, read once
 * into one object of one shape (issue 9: stored activities come in many shapes, and every
 * read of a field of a many-shaped object costs a lookup; a 25-year log has 20,000 of them).
 */
import type { ActivityType } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import type { Activity, AmountUnit, AreaSplit, ClaimStatus } from './activity';

export class ActivityRead {
  id = '';
  date: LocalDate = '';
  type = '' as ActivityType;
  title: unknown = '';
  startDate: LocalDate | null | undefined = undefined;
  amount = 0;
  unit = 'hours' as AmountUnit;
  relevantPercent: number | undefined = undefined;
  split: AreaSplit | null | undefined = undefined;
  status = 'earned' as ClaimStatus;
  claims: NonNullable<Activity['claims']> | null = null;
  excludedFrom: NonNullable<Activity['excludedFrom']> | null = null;
  categories: NonNullable<Activity['categories']> | null = null;
  waysOfWorkingFor: NonNullable<Activity['waysOfWorkingFor']> | null = null;
  practitionerPeriod: NonNullable<Activity['practitionerPeriod']> | null = null;
  /** As stored: absent on almost every activity (an ISACA holder's university courses). */
  semesterCredits: Activity['semesterCredits'] = undefined;

  /** Reads `a` into this object (each field once) and returns it. */
  from(a: Activity): this {
    const {
      id,
      date,
      type,
      title,
      startDate,
      amount,
      unit,
      relevantPercent,
      split,
      status,
      claims,
      excludedFrom,
      categories,
      waysOfWorkingFor,
      practitionerPeriod,
      semesterCredits,
    } = a;
    this.id = id;
    this.date = date;
    this.type = type;
    this.title = title;
    this.startDate = startDate;
    this.amount = amount;
    this.unit = unit;
    this.relevantPercent = relevantPercent;
    this.split = split;
    this.status = status;
    this.claims = claims ?? null;
    this.excludedFrom = excludedFrom ?? null;
    this.categories = categories ?? null;
    this.waysOfWorkingFor = waysOfWorkingFor ?? null;
    this.practitionerPeriod = practitionerPeriod ?? null;
    this.semesterCredits = semesterCredits;
    return this;
  }
}

/** The activity read into a new object (one read of a log reuses one object instead). */
export const readActivity = (a: Activity) => new ActivityRead().from(a);
