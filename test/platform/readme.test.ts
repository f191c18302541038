import fs from 'node:fs';
import path from 'node:path';
import { ENVIRONMENT_VARIABLES } from '../../common/config';
import { ErrorCode } from '../../common/errors';

const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents every environment variable the code reads', () => {
    expect(ENVIRONMENT_VARIABLES.filter((v) => !readme.includes(`\`${v.name}\``)).map((v) => v.name)).toEqual([]);
  });

  it('documents every error code', () => {
    expect(Object.values(ErrorCode).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });

  it('names the run and test commands', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
