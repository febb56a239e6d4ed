import { describe, expect, it } from 'vitest';
import { SETUP_CODE_LINE, describeSetupCode } from './auth/describe-setup-code.js';
import { welcomeBox } from './welcome-box.js';

describe('the welcome box', () => {
  it('frames the parts between two rules, one blank line between parts', () => {
    const box = welcomeBox(['\nfirst part\n\n\n', 'Rapporteur is running']);
    const rule = '━'.repeat(40);
    expect(box).toBe(`\n${rule}\nfirst part\n\nRapporteur is running\n${rule}\n\n`);
  });

  it('leaves the lines inside as scripts read them', () => {
    const box = welcomeBox([describeSetupCode('AB12-CD34', 'http://localhost:3000/'), 'running']);
    expect(SETUP_CODE_LINE.exec(box)?.[1]).toBe('AB12-CD34');
  });
});
