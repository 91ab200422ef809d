import { draftFromProfile } from '../../../../shared/domain/profile/profile';
import { useProfile, useSettings } from '../../db/hooks';
import { ProfileForm } from '../profile/ProfileForm';
import { ThemeSetting } from './ThemeSetting';
import { ClockSetting } from './ClockSetting';
import { BackupSettings } from '../backup/BackupSettings';
import { SampleSettings } from '../sample/SampleSettings';
import { StudySettings } from '../study/StudySettings';

export function SettingsScreen() {
  const profile = useProfile();
  const settings = useSettings();
  return (
    <div className="settings">
      <h1>Settings</h1>
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        {profile && <ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />}
      </section>
      <section className="card" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        {settings && <ThemeSetting value={settings.theme} />}
      </section>
      {/* Not under Study planner: the clock sets every time shown, backups' and imports' too. */}
      <section className="card" aria-labelledby="time-format-title">
        <h2 id="time-format-title">Time format</h2>
        {settings && <ClockSetting value={settings.clock} />}
      </section>
      <StudySettings />
      <section className="card" id="backup" aria-labelledby="backup-title">
        <h2 id="backup-title">Backups</h2>
        <BackupSettings />
      </section>
      <SampleSettings />
    </div>
  );
}
