import { ViewPage } from '../../components/ViewPage';

export const AgendaPage = () => <ViewPage view="agenda" />;
