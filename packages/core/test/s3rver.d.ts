// s3rver ships no types; this is the part of its API the S3 tests use.
declare module "s3rver" {
  import type { Server } from "node:http";
  import type { Readable } from "node:stream";

  export interface KoaContext {
    method: string;
    path: string;
    query: Record<string, string | undefined>;
    get(header: string): string;
    set(header: string, value: string): void;
    status: number;
    type: string;
    body: unknown;
  }
  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void> | void;

  export default class S3rver {
    constructor(options: {
      port?: number;
      address?: string;
      silent?: boolean;
      directory: string;
      configureBuckets?: { name: string }[];
    });
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    /** Koa's middleware stack, composed when the server starts. */
    middleware: Middleware[];
    httpServer?: Server;
    store: {
      getObject(
        bucket: string,
        key: string,
        range?: { start?: number; end?: number },
      ): Promise<{ content: Readable | null } | null>;
      putPart(
        bucket: string,
        uploadId: string,
        partNumber: number,
        content: Readable,
      ): Promise<{ md5: string }>;
    };
  }
}
