export declare function chromiumPath(): string;
export declare const CHROMIUM_ARGS: string[];
export declare function launchOptions(): { executablePath: string; headless: boolean; args: string[] };
