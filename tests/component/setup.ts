import '@testing-library/svelte/vitest';
import { vi } from 'vitest';

// jsdom does no layout, so it has no scrollIntoView; a recording stand-in lets tests see the call.
Element.prototype.scrollIntoView = vi.fn();
