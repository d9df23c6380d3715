import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/palette.css';
import '../../components/sidebar/sidebar.css';
import '../../components/dashboard/dashboard.css';
import { openLensDb } from '../../lib/store';
import { DashboardPage } from './DashboardPage';
import { browserReminderControls } from './reminder-permission';
import { backgroundSettingsSource } from './settings-source';

const root = document.getElementById('root');
if (root) {
  const db = openLensDb(undefined, { onVersionChange: () => location.reload() });
  createRoot(root).render(
    <StrictMode>
      <DashboardPage
        db={db}
        reminders={browserReminderControls()}
        settingsSource={backgroundSettingsSource()}
      />
    </StrictMode>,
  );
}
