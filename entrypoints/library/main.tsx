import '@/components/reader.css';
import '@/components/library.css';
import { mountLibrary } from '@/utils/library/mount';

mountLibrary();
