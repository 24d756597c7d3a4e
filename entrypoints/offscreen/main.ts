import { listenForSnapshotsToSave } from '@/utils/save-page/offscreen-listener';

listenForSnapshotsToSave();
