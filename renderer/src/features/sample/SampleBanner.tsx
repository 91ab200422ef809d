import { LeaveSample } from './LeaveSample';
import { sampleText } from './messages';
import './sample.css';

/** Always on screen in sample mode: what this is, what leaving removes, and how to leave. */
export function SampleBanner() {
  return (
    <div className="banner sample" role="region" aria-label="Sample data">
      <strong>{sampleText.bannerTitle}</strong> {sampleText.bannerBody} <LeaveSample />
    </div>
  );
}
