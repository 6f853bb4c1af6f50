import { randomBytes } from "node:crypto";
import { orgRoles, pgErrorCode, users } from "@modelgate/db";
import { z } from "zod";
import { authorizeOrg } from "../access/authorize";
import { emitAudit } from "../audit/emit";
import { normalizeEmail } from "../auth/login";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords";
import { type ServiceContext, withTransaction } from "../context";
import { DomainError } from "../errors";
import { parseInput } from "../validation";

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1024);

export const createUserInput = z.object({
  email: z.email("Enter a valid email address").max(320),
  name: z.string().trim().min(1, "Name is required").max(200),
  /** Omitted: a temporary password is generated and returned once. */
  password: passwordSchema.optional(),
  orgRole: z.enum(orgRoles).default("member"),
});

export async function createUser(ctx: ServiceContext, rawInput: z.input<typeof createUserInput>) {
  await authorizeOrg(ctx, "user.manage");
  const input = parseInput(createUserInput, rawInput);
  const temporaryPassword = input.password ? undefined : `tmp-${randomBytes(9).toString("base64url")}`;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword!);
  return withTransaction(ctx, async (tx) => {
    try {
      const [user] = await tx.db
        .insert(users)
        .values({
          email: normalizeEmail(input.email),
          name: input.name,
          passwordHash,
          orgRole: input.orgRole,
        })
        .returning({ id: users.id, email: users.email, name: users.name, orgRole: users.orgRole });
      await emitAudit(tx, {
        action: "user.created",
        entityType: "user",
        entityId: user!.id,
        after: { email: user!.email, name: user!.name, orgRole: user!.orgRole },
      });
      return { ...user!, temporaryPassword };
    } catch (e) {
      if (pgErrorCode(e) === "23505") {
        throw new DomainError("already_exists", `A user with email ${input.email} already exists.`, {
          fields: { email: ["Already registered"] },
        });
      }
      throw e;
    }
  });
}
