import { MarkdownView } from "@/components/registry/markdown";
import { formatDateTime, initials, isoUtc } from "@/lib/format";
import { CommentForm, type CommentTarget, ReplyToggle } from "./comment-form";

export interface CommentView {
  id: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: Date;
}

const MAX_DEPTH = 3;

function CommentItem({
  comment,
  byParent,
  target,
  canComment,
  depth,
}: {
  comment: CommentView;
  byParent: Map<string | null, CommentView[]>;
  target: CommentTarget;
  canComment: boolean;
  depth: number;
}) {
  const replies = byParent.get(comment.id) ?? [];
  return (
    <li data-testid="comment">
      <article className="flex gap-3">
        <span
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent text-[11px] font-semibold text-accent-foreground"
          aria-hidden
        >
          {initials(comment.authorName)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="font-semibold">{comment.authorName}</span>
            <time
              dateTime={comment.createdAt.toISOString()}
              title={isoUtc(comment.createdAt)}
              className="text-xs text-muted-foreground"
            >
              {formatDateTime(comment.createdAt)}
            </time>
          </p>
          <MarkdownView source={comment.body} className="[&>*:first-child]:mt-1 [&>*:last-child]:mb-1" />
          {canComment ? (
            <ReplyToggle target={target} parentId={comment.id} author={comment.authorName} />
          ) : null}
        </div>
      </article>
      {replies.length ? (
        <ul className={depth < MAX_DEPTH ? "mt-3 ml-3.5 space-y-4 border-l pl-6" : "mt-3 space-y-4"}>
          {replies.map((r) => (
            <CommentItem
              key={r.id}
              comment={r}
              byParent={byParent}
              target={target}
              canComment={canComment}
              depth={depth + 1}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** A request's or a version's discussion: threaded replies, markdown rendered sanitized, a form for commenters. */
export function CommentThread({
  target,
  comments,
  canComment,
}: {
  target: CommentTarget;
  comments: CommentView[];
  canComment: boolean;
}) {
  const ids = new Set(comments.map((c) => c.id));
  const byParent = new Map<string | null, CommentView[]>();
  for (const c of comments) {
    // A reply whose parent is gone is shown at the top level rather than lost.
    const key = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), c]);
  }
  const top = byParent.get(null) ?? [];
  return (
    <div className="space-y-5 px-4 py-4">
      {top.length ? (
        <ul className="space-y-5" aria-label="Comments">
          {top.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              byParent={byParent}
              target={target}
              canComment={canComment}
              depth={1}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No comments yet.</p>
      )}
      {canComment ? (
        <div className="border-t pt-4">
          <CommentForm target={target} />
        </div>
      ) : null}
    </div>
  );
}
