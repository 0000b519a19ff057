/** The Chromium binary the tests launch (`OD_CHROMIUM`, else Debian's `/usr/bin/chromium`). */
export declare const CHROMIUM: string;
/** Headless, no sandbox, and nothing that reaches the network on its own. */
export declare const CHROMIUM_FLAGS: string[];
