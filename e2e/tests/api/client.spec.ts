import { createClient, ModelgateApiError } from "@modelgate/client";
import { expect, test } from "@playwright/test";
import { PORT } from "../../playwright.config";

const baseUrl = `http://localhost:${PORT}`;

test("@modelgate/client reads health over real HTTP", async () => {
  const client = createClient({ baseUrl });
  expect(await client.health()).toMatchObject({ status: "ok", migrations: "up-to-date" });
});

test("@modelgate/client surfaces the error code and request id of a refused call", async () => {
  const client = createClient({ baseUrl, token: "mg_not_a_real_token" });
  const err = await client.me().catch((e) => e);
  expect(err).toBeInstanceOf(ModelgateApiError);
  expect(err.status).toBe(401);
  expect(err.code).toBe("unauthenticated");
  expect(err.requestId).toBeTruthy();
});
