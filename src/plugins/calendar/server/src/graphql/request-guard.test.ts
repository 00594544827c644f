import { parse } from 'graphql';
import { requestGuard } from './request-guard';

const hooks = () => requestGuard(10).requestDidStart();

describe('requestGuard', () => {
  it('lets an operation with few argument values through', async () => {
    const { didResolveOperation } = await hooks();
    const document = parse('query($ids: [ID]) { contentPieces(filters: { documentId: { in: $ids } }) { title } }');
    await expect(didResolveOperation({ document, request: { variables: { ids: ['a', 'b', 'c'] } } } as never)).resolves.toBeUndefined();
  });

  it('refuses too many values, counting the text and the variables together, with a 400', async () => {
    const { didResolveOperation } = await hooks();
    const document = parse(
      'query($ids: [ID]) { contentPieces(filters: { or: [{ title: { eq: "a" } }, { title: { eq: "b" } }], documentId: { in: $ids } }) { title } }'
    );
    const refused = didResolveOperation({ document, request: { variables: { ids: ['1', '2', '3', '4', '5'] } } } as never);
    await expect(refused).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  });

  it('keeps the original error out of an internal error answer, and leaves the others alone', async () => {
    const { willSendResponse } = await hooks();
    const errors = [
      {
        message: 'Internal Server Error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', error: { message: 'select t0.* from content_pieces …' } },
      },
      { message: 'to: bad', extensions: { code: 'BAD_USER_INPUT', error: { details: { errors: [{ path: ['to'] }] } } } },
    ];
    await willSendResponse({ response: { body: { kind: 'single', singleResult: { errors } } } } as never);
    expect(errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(errors[1].extensions.error).toEqual({ details: { errors: [{ path: ['to'] }] } });
  });
});
