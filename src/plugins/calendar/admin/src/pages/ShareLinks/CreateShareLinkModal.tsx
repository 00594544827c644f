import { Button, Checkbox, Field, Grid, Modal, TextInput, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, useCreateShareLinkMutation, type CreatedShareLink, type Reference } from '../../api';
import type { FeedFilters } from '../../api/types';
import { TokenFilterFields, type TokenFilterKey } from '../../components/TokenFilterFields';
import { useProblemOf } from '../../hooks/useProblemOf';
import { getTranslation } from '../../utils/getTranslation';

const t = (id: string) => getTranslation(`shareLinks.${id}`);
const SHARE_FILTERS: TokenFilterKey[] = ['channel', 'persona', 'theme', 'stage', 'goal', 'format', 'locale'];

/** A new share link: name, filters, expiry and whether planned titles show. The list refetches by itself. */
export const CreateShareLinkModal = ({
  open,
  reference,
  onClose,
  onCreated,
}: {
  open: boolean;
  reference: Reference | undefined;
  onClose: () => void;
  onCreated: (link: CreatedShareLink) => void;
}) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [createShareLink, { isLoading: busy }] = useCreateShareLinkMutation();
  const problemOf = useProblemOf();
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [showPlanned, setShowPlanned] = useState(false);
  const [filters, setFilters] = useState<FeedFilters>({});
  const [errors, setErrors] = useState<{ name?: string; expiresAt?: string }>({});
  const label = (id: string, defaultMessage: string) => formatMessage({ id: t(id), defaultMessage });

  const reset = () => {
    setName('');
    setExpiresAt('');
    setShowPlanned(false);
    setFilters({});
    setErrors({});
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length > 0));
    const result = await createShareLink({ name, filters: clean, expiresAt: expiresAt || null, showPlanned });
    if (!('error' in result)) {
      onCreated(result.data);
      reset();
      return;
    }
    // The server's message names the field it refuses.
    const message = errorMessage(result.error) ?? '';
    setErrors({ name: /^name/.test(message) ? message : undefined, expiresAt: /expiresAt/.test(message) ? message : undefined });
    toggleNotification({ type: 'danger', message: problemOf(result.error)?.message ?? message });
  };

  return (
    <Modal.Root open={open} onOpenChange={(next: boolean) => !next && onClose()}>
      <Modal.Content>
        <form onSubmit={create} aria-label={label('createTitle', 'New share link')}>
          <Modal.Header closeLabel={label('cancel', 'Cancel')}>
            <Modal.Title>{label('createTitle', 'New share link')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Grid.Root gap={4}>
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Typography textColor="neutral600">
                  {label(
                    'explain',
                    'Anyone with the link sees a read-only year wheel and month view, without logging in. Share it only with people who may see the plan.'
                  )}
                </Typography>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="name" error={errors.name} required>
                  <Field.Label>{label('name', 'Name')}</Field.Label>
                  <TextInput
                    name="name"
                    value={name}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)}
                    placeholder={label('namePlaceholder', 'e.g. Board 2026')}
                  />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name="expiresAt" error={errors.expiresAt} hint={label('expiresHint', 'Optional, at most two years ahead.')}>
                  <Field.Label>{label('expiresAt', 'Expires')}</Field.Label>
                  <TextInput
                    type="date"
                    name="expiresAt"
                    value={expiresAt}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setExpiresAt(e.target.value)}
                  />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
              </Grid.Item>
              <TokenFilterFields
                keys={SHARE_FILTERS}
                filters={filters}
                reference={reference}
                col={6}
                onChange={(key, values) => setFilters((f) => ({ ...f, [key]: values }))}
              />
              <Grid.Item col={12} direction="column" alignItems="stretch">
                <Checkbox
                  name="showPlanned"
                  checked={showPlanned}
                  onCheckedChange={(on: boolean | 'indeterminate') => setShowPlanned(on === true)}
                >
                  {label('showPlanned', 'Show planned titles too (not yet published)')}
                </Checkbox>
              </Grid.Item>
            </Grid.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{label('cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={busy} disabled={!name.trim()} data-testid="share-link-save">
              {label('create', 'Create link')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
