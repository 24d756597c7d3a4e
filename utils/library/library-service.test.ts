import { describe, expect, it } from 'vitest';
import { defaultLibraryService, type LibraryService } from './library-service';

describe('defaultLibraryService', () => {
  it('binds every method of the interface to the reading-list service', () => {
    const service = defaultLibraryService();
    const methods: (keyof LibraryService)[] = [
      'queryLibrary',
      'setArchived',
      'setFavorite',
      'setTags',
      'removeSavedArticle',
      'restoreSavedArticle',
      'exportLibrary',
      'importLibrary',
      'onChange',
    ];
    for (const name of methods) expect(typeof service[name], name).toBe('function');
    expect(service.IMPORT_MAX_BYTES).toBeGreaterThan(1024 * 1024);
  });
});
