import { expect, it } from 'vitest';

import { cannotOpen } from './cannot-open.js';

it('says in words that permission is denied, keeping the code', () => {
  expect(cannotOpen('EACCES')).toBe(
    'cannot be opened: permission to read it is denied; ask whoever manages the computer for read permission, or copy the file into a folder of your own (EACCES)',
  );
});

it('names a link that leads back to itself', () => {
  expect(cannotOpen('ELOOP')).toBe(
    'cannot be opened: it is a link that leads back to itself, so it leads to no file (ELOOP)',
  );
});

it('gives a code it has no words for as it is, and no prototype key', () => {
  expect(cannotOpen('EXDEV')).toBe('cannot be opened (EXDEV)');
  expect(cannotOpen('constructor')).toBe('cannot be opened (constructor)');
});
