/**
 * "Create the translation": the new language version is made on the server (from the version the
 * list shows), then the translator is taken to it in the Content Manager. A refusal stays on the
 * page in the server's words (a 409: someone made it meanwhile, and the list has been refetched).
 */
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCreateTranslationMutation } from '../../api';
import { useProblemOf, type Problem } from '../../hooks/useProblemOf';

export function useCreateTranslation() {
  const [createTranslation] = useCreateTranslationMutation();
  const navigate = useNavigate();
  const problemOf = useProblemOf();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const create = useCallback(
    async (documentId: string, locale: string, from: string) => {
      setBusy(`${documentId}:${locale}`);
      setProblem(undefined);
      const result = await createTranslation({ documentId, locale, from });
      setBusy(undefined);
      if ('data' in result && result.data) navigate(result.data.editPath);
      else setProblem(problemOf('error' in result ? result.error : undefined));
    },
    [createTranslation, navigate, problemOf]
  );

  return {
    create,
    isBusy: (documentId: string, locale: string) => busy === `${documentId}:${locale}`,
    problem,
    clearProblem: useCallback(() => setProblem(undefined), []),
  };
}

export type CreateTranslation = ReturnType<typeof useCreateTranslation>;
