/**
 * Saves a text the page made as a file on the reader's device, as a browser does for a download
 * link: an essay as Markdown, a class's results as CSV. The object URL is let go a second later,
 * once the browser has taken the file.
 */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
