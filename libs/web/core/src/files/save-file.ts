/**
 * Saves a downloaded file under its name. Files come through HttpClient (which carries the
 * session's token) as a Blob, so a plain link cannot fetch them; this hands the Blob to the
 * browser's own download.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL is freed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
