"""A minimal evaluation for prompt-versioner-action: log this commit's prompt on fixed cases.

Run it in CI on every pull request (and on the default branch), from the repository root:

    pip install prompt-versioner
    python examples/eval.py            # on a pull request: logs the prompt as it is in this commit
    python examples/eval.py --live     # on main after a merge: also moves `production` to it

It writes .prompt_versions/db.sqlite, the store the action reads. Three habits make the check
trustworthy:

1. Let the library name versions by content (no `version=`, no `bump_type=`, git integration
   off): the same prompt text then has the same version in every store, even in a fresh store
   per CI job, and a changed text always gets a new one.
2. Log the same test cases for every version, with the case id in the call's metadata. When you
   can, also run the live version's text in the pull request's job (call main()'s loop once
   more with the prompt as it is on the default branch): a fresh baseline, same day, same model.
   This script logs only the prompt of the commit it runs on.
3. Tag the version that serves production `production` in the store on the default branch, so
   the action knows what a pull request is compared with.
"""

import sys

from prompt_versioner import PromptVersioner
from prompt_versioner.tracker.hasher import PromptHasher

# Your prompt, as the application uses it (import it from your code in a real project).
SYSTEM = "You are a concise assistant. Summarise the user's text in one sentence."
USER = "Summarise:\n\n{text}"

# A fixed set of test cases: the same ones for every version.
CASES = [
    {"id": f"case-{i:03d}", "text": f"Document {i}: quarterly results, risks and next steps."}
    for i in range(60)
]


def call_model(system: str, user: str) -> dict:
    """Stands in for your LLM call and your scorer; replace it with the real ones."""
    answer = user.splitlines()[-1][:80]  # your model's answer
    return {
        "answer": answer,
        # Time your real call (time.perf_counter() before and after, in ms). A stand-in must not
        # time itself: its microseconds jitter from run to run by enough to test as significant.
        "latency_ms": 350.0,
        "quality": 0.8,  # your evaluation of the answer, 0..1
        "input_tokens": len(system.split()) + len(user.split()),
        "output_tokens": len(answer.split()),
    }


def main() -> None:
    pv = PromptVersioner(project_name="my-app", enable_git=False)
    # Without version= or bump_type=, the version is a hash of the two prompt texts, so a store
    # that already has this text (a store kept across runs) has this very version already.
    version = PromptHasher.compute_hash(SYSTEM, USER)
    existing = pv.get_version("summarizer", version)
    version_id = existing["id"] if existing else pv.save_version("summarizer", SYSTEM, USER)
    for case in CASES:
        try:
            out = call_model(SYSTEM, USER.format(text=case["text"]))
            pv.log_metrics(
                "summarizer",
                version,
                model_name="gpt-4o-mini",
                input_tokens=out["input_tokens"],
                output_tokens=out["output_tokens"],
                latency_ms=out["latency_ms"],
                quality_score=out["quality"],
                success=True,
                metadata={"case_id": case["id"]},
            )
        except Exception as error:  # a failed call counts against the success rate
            pv.log_metrics(
                "summarizer", version, model_name="gpt-4o-mini", success=False,
                error_message=str(error)[:200], metadata={"case_id": case["id"]},
            )
    if "--live" in sys.argv:
        # PromptVersioner has no public tag method; its storage layer has one. The tag moves: left
        # on the version this one replaces, two versions would claim to be live.
        versions = pv.storage.versions
        for other in versions.list("summarizer"):
            if other["id"] != version_id and "production" in versions.get_tags(other["id"]):
                versions.remove_tags(other["id"], ["production"])
        versions.add_tags(version_id, ["production"])
    print(f"logged {len(CASES)} calls for summarizer {version}")


if __name__ == "__main__":
    main()
