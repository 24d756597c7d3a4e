import { render } from 'preact';
import '@/components/reader.css';
import { translate } from '@/utils/i18n';
import { ReaderApp } from '@/utils/reader/ReaderApp';

document.title = translate('surfaceReaderTab');
document.documentElement.lang = navigator.language;
const root = document.getElementById('app');
if (root) render(<ReaderApp surface="tab" />, root);
