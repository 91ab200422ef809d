/**
 * Words people write in a "Type" or "Status" column, mapped to Ascent's values. PMI's ten
 * activity types (domain-facts §1, B) under their own names, their CCRS categories
 * ("Education – Course or Training", "Giving Back – Volunteer") and the everyday words
 * of hand-kept trackers (Ascent's list, M). Unknown words are the caller's to handle.
 */
import type { ActivityType } from '../../catalog/credentials';
import type { ClaimStatus } from '../credits';
import { containsPhrase, phrase } from './words';

/**
 * Checked in this order, so the most specific wins: "Online course" is digital media
 * before it is a course; "Chapter meeting presentation" is a presentation.
 */
const typeWords: readonly (readonly [ActivityType, readonly string[]])[] = [
  ['work-as-practitioner', ['work as a practitioner', 'work as practitioner', 'practitioner']],
  ['create-content', ['create content', 'content creation', 'creating content', 'authoring']],
  ['create-content', ['writing', 'blog', 'blog post', 'article written', 'author', 'publication']],
  ['give-presentation', ['give a presentation', 'presentation', 'presenting', 'speaking']],
  ['give-presentation', ['speaker', 'talk', 'keynote']],
  ['share-knowledge', ['share knowledge', 'sharing knowledge', 'knowledge sharing']],
  ['share-knowledge', ['mentoring', 'mentor', 'coaching', 'coach', 'teaching']],
  ['volunteer', ['volunteer', 'volunteering', 'volunteer service']],
  ['online-or-digital-media', ['online or digital media', 'digital media', 'online', 'webinar']],
  ['online-or-digital-media', ['webinars', 'e learning', 'elearning', 'podcast', 'video']],
  ['online-or-digital-media', ['self paced', 'mooc', 'webcast', 'on demand']],
  ['organization-meetings', ['organization meetings', 'organization meeting', 'meeting']],
  ['organization-meetings', ['meetings', 'chapter', 'chapter meeting', 'meetup', 'dinner']],
  ['read', ['read', 'reading', 'book', 'books', 'article', 'articles', 'journal']],
  ['read', ['whitepaper', 'white paper']],
  ['informal-learning', ['informal learning', 'informal', 'discussion', 'study group']],
  ['informal-learning', ['lunch and learn', 'job shadowing', 'shadowing']],
  ['course-or-training', ['course or training', 'course', 'courses', 'training', 'class']],
  ['course-or-training', ['workshop', 'seminar', 'conference', 'bootcamp', 'certification']],
  ['course-or-training', ['university', 'lecture', 'education']],
];

/**
 * The PMI activity type a cell names, or null. Ascent's own type ids are accepted as they
 * are, so a file exported from Ascent reads back.
 */
export function activityTypeFromWords(cell: string): ActivityType | null {
  const text = phrase(cell);
  if (!text) return null;
  const id = text.replace(/ /g, '-');
  for (const [type] of typeWords) if (type === id) return type;
  for (const [type, patterns] of typeWords) {
    if (patterns.some((p) => containsPhrase(text, p))) return type;
  }
  return null;
}

const statusWords: readonly (readonly [ClaimStatus, readonly string[]])[] = [
  ['planned', ['planned', 'plan', 'planning', 'upcoming', 'scheduled', 'booked', 'future']],
  ['audited', ['audited', 'audit', 'audit passed']],
  ['accepted', ['accepted', 'approved', 'granted']],
  ['reported', ['reported', 'submitted', 'claimed', 'pending', 'pending review', 'in review']],
  ['earned', ['earned', 'completed', 'complete', 'done', 'attended', 'finished', 'not claimed']],
  ['earned', ['not reported', 'to claim', 'unclaimed']],
];

/**
 * The claim status a cell names (Ascent's five and PMI CCRS's words: "Submitted",
 * "Approved"); null for a word not on the list. A blank cell is for the caller.
 */
export function claimStatusFromWords(cell: string): ClaimStatus | null {
  const text = phrase(cell);
  if (!text) return null;
  for (const [status, patterns] of statusWords) {
    if (patterns.includes(text)) return status;
  }
  return null;
}
