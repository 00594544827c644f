import { createGlobalStyle } from 'styled-components';

/**
 * Printing the wheel: A3 landscape, the wheel filling the page's height with its legend beside
 * it, and nothing of the admin around it (menus, filters, buttons). The admin's chrome is not
 * ours to restyle, so everything is hidden and only the print area is shown again.
 */
export const WheelPrintStyle = createGlobalStyle`
  @media print {
    @page { size: A3 landscape; margin: 10mm; }
    body * { visibility: hidden !important; }
    [data-print-area], [data-print-area] * { visibility: visible !important; }
    [data-print-area] {
      position: fixed !important;
      inset: 0 !important;
      display: flex !important;
      flex-wrap: nowrap !important;
      align-items: flex-start !important;
      gap: 8mm !important;
      background: white !important;
    }
    [data-print-area] .wheel-print-dial { flex: 0 0 auto !important; width: 270mm !important; max-width: none !important; box-shadow: none !important; }
    [data-print-area] [data-testid='wheel-legend'] { flex: 1 1 auto !important; box-shadow: none !important; }
    .wheel-no-print { display: none !important; }
  }
`;
