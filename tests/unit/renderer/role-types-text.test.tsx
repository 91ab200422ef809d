import { describe, expect, it } from 'vitest';
import { projectRoleTypes, type RoleType } from '../../../shared/domain/experience';
import { roleTypesInText } from '../../../renderer/src/features/experience/messages';

describe('roleTypesInText: which roles count, inside a sentence', () => {
  it.each<[string, readonly RoleType[] | 'any-role', string]>([
    ['one type, acronym kept', ['pmo'], 'PMO work'],
    ['two types', ['leading-projects', 'program'], 'leading projects or program management'],
    [
      'three types',
      ['leading-projects', 'pmo', 'program'],
      'leading projects, PMO work or program management',
    ],
    ['every kind of project work', projectRoleTypes, 'project work of any kind'],
    ['every kind of work', [...projectRoleTypes, 'general-business'], 'work in any role'],
    ['any role', 'any-role', 'any role'],
  ])('%s', (_name, selector, text) => {
    expect(roleTypesInText(selector)).toBe(text);
  });
});
