import { isHexColor } from './color';

describe('isHexColor', () => {
  it.each(['#000000', '#1f77B4', '#FFFFFF'])('accepts %p', (c) => expect(isHexColor(c)).toBe(true));
  it.each(['red', '#fff', '#12345g', '123456', '#1234567', '', null])('refuses %p', (c) => expect(isHexColor(c)).toBe(false));
});
