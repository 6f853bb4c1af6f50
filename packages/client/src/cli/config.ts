import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export interface StoredConfig {
  baseUrl?: string;
  token?: string;
}

/** ~/.config/modelgate/config.json (or under $XDG_CONFIG_HOME). */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "modelgate", "config.json");
}

export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<StoredConfig> {
  try {
    const c = JSON.parse(await readFile(configPath(env), "utf8")) as StoredConfig;
    return { baseUrl: c.baseUrl, token: c.token };
  } catch {
    return {};
  }
}

/** Written owner-only (0600 in a 0700 folder): it holds a secret. */
export async function writeConfig(config: StoredConfig, env: NodeJS.ProcessEnv = process.env) {
  const file = configPath(env);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}
