import { describe, expect, it } from 'vitest';
import { clientComponentUses, flightData } from './flight-data';

const push = (text: string) => `<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`;

describe('flight data', () => {
  it('joins and decodes the inlined payload scripts', () => {
    const html = `<p>x</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>${push('1:"$Sreact.fragment"\n')}${push('2:["$","a",null,{"title":"\\"q\\""}]\n')}`;
    expect(flightData(html)).toBe('1:"$Sreact.fragment"\n2:["$","a",null,{"title":"\\"q\\""}]\n');
  });

  it('counts each use of a client reference, not the lazy rows that share the $L prefix', () => {
    const payload = [
      '3:I[77105,["/a.js"],"default"]',
      '4:I[63296,["/b.js","/c.js"],"TimeAgo"]',
      '5:["$","div",null,{"children":[["$","$L3",null,{}],["$","$L3",null,{}],["$","$L4",null,{}],"$L9"]}]',
    ].join('\n');
    expect(Object.fromEntries(clientComponentUses(payload))).toEqual({ 'default (module 77105)': 2, 'TimeAgo (module 63296)': 1 });
  });
});
