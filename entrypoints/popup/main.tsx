import '@/components/reader.css';
import { mountReader } from '@/utils/reader/mount';

mountReader('popup');
