import { styled } from 'styled-components';

/** A channel's colour as a small dot; a channel without one gets the neutral colour. */
export const ChannelDot = styled.span<{ $color?: string | null; $size?: number }>`
  display: inline-block;
  flex-shrink: 0;
  width: ${({ $size = 8 }) => $size}px;
  height: ${({ $size = 8 }) => $size}px;
  border-radius: 50%;
  background: ${({ $color, theme }) => $color ?? theme.colors.neutral500};
`;
