import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 text-center">
      <p className="font-mono text-sm text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-sm text-muted-foreground">It does not exist, or you do not have access to it.</p>
      <Button asChild variant="outline">
        <Link href="/models">Back to models</Link>
      </Button>
    </main>
  );
}
