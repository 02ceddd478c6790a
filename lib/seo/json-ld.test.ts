import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  const headline = 'عنوان </script><script>alert("x")</script> & «اقتباس» \u2028 \'q\'';

  it('never contains a closing tag or an angle bracket', () => {
    const out = serializeJsonLd({ headline });
    expect(out).not.toMatch(/[<>]/);
    expect(out.toLowerCase()).not.toContain('</script');
  });

  it('parses back to exactly the same data', () => {
    expect(JSON.parse(serializeJsonLd({ headline, n: 1 }))).toEqual({ headline, n: 1 });
  });
});
