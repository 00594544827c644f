import { getFetchClient } from '@strapi/strapi/admin';

/** Downloads an admin route's file (CSV) with the admin's credentials, under the server's file name. */
export async function downloadFile(url: string, fallbackName: string) {
  const response = await getFetchClient().get(url, { responseType: 'blob' });
  const blob = response.data instanceof Blob ? response.data : new Blob([response.data], { type: 'text/csv;charset=utf-8' });
  const disposition = response.headers?.get?.('content-disposition') ?? '';
  saveBlob(/filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName, blob);
}

/** Saves a blob under a file name, through a temporary link. */
export function saveBlob(name: string, blob: Blob) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
